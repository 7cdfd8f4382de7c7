import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Input, MethodName, Output } from '@shared/api';
import { ApiError, call } from './client';

/** Reads through a contract method, cached by method and input. */
export function useCall<M extends MethodName>(
  method: M,
  input: Input<M>,
  options: Omit<UseQueryOptions<Output<M>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<Output<M>, ApiError>({ queryKey: [method, input], queryFn: () => call(method, input), ...options });
}

/** Asks for a method's answer ahead of the screen that reads it with `useCall` (the same cache entry). */
export function prefetchCall<M extends MethodName>(queryClient: QueryClient, method: M, input: Input<M>): void {
  void queryClient.prefetchQuery({ queryKey: [method, input], queryFn: () => call(method, input) });
}

/**
 * Writes through a contract method; on success the listed methods' cached answers are refreshed
 * (by default every cached answer, which is cheap for a local database).
 */
export function useCallMutation<M extends MethodName>(method: M, invalidate?: MethodName[]) {
  const qc = useQueryClient();
  return useMutation<Output<M>, ApiError, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      if (!invalidate) await qc.invalidateQueries();
      else await Promise.all(invalidate.map((m) => qc.invalidateQueries({ queryKey: [m] })));
    },
  });
}
