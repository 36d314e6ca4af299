// @vitest-environment happy-dom
/**
 * Everything the debrief claims, over every complete run of half of the library's scenario files (see truth/every-run.ts):
 * "why this ending" names exactly the decisions behind each branch on the path (brute force)
 * and its words name every decision behind the deciding one; every what-if is the real run with
 * one step changed; principles to revisit come only from better options passed over; "one thing
 * to try next" never names an option taken or a principle practised; the archetype quotes the
 * leader's own decisions, and reads differently for different runs.
 */
import { describeLibraryHalf } from './truth/every-run';

describeLibraryHalf(0);
