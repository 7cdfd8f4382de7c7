import { Component, type ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';

interface State {
  failed: boolean;
}

/** A broken screen shows a Thai message and a way back, never a stack trace. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[asa-desk renderer]', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Stack p="xl" maw={640}>
        <Alert color="red" title="หน้าจอนี้แสดงผลไม่ได้">
          <Text>เกิดข้อผิดพลาดในการแสดงผล ข้อมูลที่บันทึกไว้แล้วไม่ได้รับผลกระทบ</Text>
        </Alert>
        <Button
          w="fit-content"
          onClick={() => {
            this.setState({ failed: false });
            window.location.hash = '#/';
          }}
        >
          กลับหน้าหลัก
        </Button>
      </Stack>
    );
  }
}
