/**
 * The line model's hook into class segmentation: the rules' anchors reviewed by the committed model
 * (line-model.json, written by `npm run linemodel:history -- --write`; no training at run time). Anchors on lines
 * the model scores very low are dropped, lines it scores very high that the rules passed over add a class, and a
 * document the review leaves without a class keeps the refusal reason, naming what was dropped.
 */
import type { LaidLine } from '../layout/layout-lines';
import type { Segmentation } from '../segment/segment-classes';
import committed from './line-model.json';
import { reviewAnchors, type LineModel } from './review-anchors';

const MODEL: LineModel = committed;

/** The segmentation after the model's review (see the module comment). */
export function reviewSegmentation(lines: LaidLine[], segmentation: Segmentation, model: LineModel = MODEL): Segmentation {
  const review = reviewAnchors(model, lines, segmentation.anchors);
  if (review.anchors.length) return { anchors: review.anchors };
  const dropped = review.dropped.map((a) => `line ${a.line + 1} "${a.title}"`).join(', ');
  const reason = [segmentation.reason, dropped && `the line model scored the rules' evidence too low (${dropped})`].filter(Boolean).join('; ');
  return { anchors: [], reason: reason || 'no class evidence was found' };
}
