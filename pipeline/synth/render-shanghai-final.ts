import type {DocCtx} from "./context.ts";
export function renderShanghaiFinal(c: DocCtx): string[] {
  return [];
}
