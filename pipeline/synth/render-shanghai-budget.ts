import type {DocCtx} from "./context.ts";
export function renderShanghaiBudget(c: DocCtx): string[] {
  return [];
}
