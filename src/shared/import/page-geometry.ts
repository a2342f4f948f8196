/**
 * What a PDF page holds for the importer: its text runs and its ruling lines, in points, with y growing
 * downwards from the page's top edge (the reading direction), whatever the producer's own coordinates.
 */
export interface PageText {
  text: string;
  x: number;
  /** The run's baseline. */
  y: number;
  width: number;
  /** The font size: what a line's height and a character's width are measured in. */
  size: number;
}

/** A horizontal or vertical ruling line (a table border, or one edge of a filled cell background). */
export interface PageRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PageGeometry {
  width: number;
  height: number;
  texts: PageText[];
  rules: PageRule[];
}
