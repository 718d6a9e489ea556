/**
 * An honest estimate of the wait: the people ahead in the queue, worked through by the
 * people online at the recent pace of handling. No estimate when nobody is online:
 * then the customer is told so, and offered a call back.
 */
export function estimateWaitMinutes(input: {
  position: number; // 0 = next in line
  agentsOnline: number;
  freeSlots: number;
  averageHandlingMinutes: number;
}): number | undefined {
  if (input.agentsOnline === 0) return undefined;
  if (input.freeSlots > input.position) return 1;
  const ahead = input.position - input.freeSlots + 1;
  return Math.max(1, Math.ceil((ahead * input.averageHandlingMinutes) / input.agentsOnline));
}
