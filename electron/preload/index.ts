import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type AsaBridge } from '@shared/api/bridge';
import type { ApiEvents, EventName } from '@shared/api/define';

/** One small typed bridge; the page never sees ipcRenderer itself. */
const bridge: AsaBridge = {
  invoke: (request) => ipcRenderer.invoke(IPC_INVOKE, request),
  onEvent(listener) {
    const handler = (_event: IpcRendererEvent, name: EventName, payload: ApiEvents[EventName]) => listener(name, payload);
    ipcRenderer.on(IPC_EVENT, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT, handler);
  },
};

contextBridge.exposeInMainWorld('asaDesk', bridge);
