/** The rights calculators, keyed by route id. */
export const TOOLS = ['lembur', 'pesangon', 'thr'] as const;
export type ToolId = (typeof TOOLS)[number];

/** Which topics point readers to which calculators. */
const TOOLS_BY_TOPIC: Record<string, readonly ToolId[]> = {
  lembur: ['lembur'],
  upah: ['lembur', 'thr'],
  phk: ['pesangon'],
};

/** The calculators relevant to a story's topics, in a stable order, without repeats. */
export function toolsForTopics(topics: readonly string[]): ToolId[] {
  const wanted = new Set(topics.flatMap((t) => TOOLS_BY_TOPIC[t] ?? []));
  return TOOLS.filter((t) => wanted.has(t));
}
