// The part of a HTML syntax tree node (hast) the build's own tree walkers read and write.
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}
