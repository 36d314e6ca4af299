/**
 * The help text editors show for each object and field of a scenario or tracks file. Kept
 * apart from the schema so the zod source stays about rules; worded for authors.
 */

export interface ObjectHelp {
  title: string;
  description: string;
  properties: Record<string, string>;
}

const NEXT =
  'Where the story goes next: the id of a node, or a branch list [{ "when": condition, "next": "a" }, ..., { "next": "z" }] whose first entry that holds is taken (the last entry has no "when").';
const METERS =
  "Meter id → change (a number, may be negative). Values are clamped to the meter's min and max.";
const SET = 'Flag name → true or false. Flags start false.';
const NODE_TEXT = 'What the player reads: plain text (never HTML), at most 2,000 characters.';
const SPEAKER = 'Who says the text: an id from "cast".';
const MOOD = "How the speaker's portrait looks while this node is on screen.";

const nodeCommon = (kind: string): Record<string, string> => ({
  kind: `The kind of node: "${kind}".`,
  text: NODE_TEXT,
  speaker: SPEAKER,
  title: 'Optional short heading for this node.',
  mood: MOOD,
});

export const SCHEMA_HELP = {
  scenario: {
    title: 'Leadership scenario (format version 1)',
    description:
      'One branching scenario: the situation, the people, the gauges and the nodes the player moves through. See docs/scenario-format.md.',
    properties: {
      $schema:
        'Where editors find this schema, e.g. "./scenario.schema.json". Ignored by the game.',
      formatVersion: 'The version of the scenario format this file follows: the number 1.',
      id: 'Unique id of the scenario across scenarios/: lowercase letters, digits and "-".',
      title: "The scenario's title, shown on the scenario list.",
      summary: 'One or two sentences shown on the scenario list.',
      role: 'The role the player takes, e.g. "Store operations lead".',
      estimatedMinutes: 'About how long one run takes, in minutes.',
      tags: 'Keywords for finding the scenario.',
      setting: 'Which backdrop the game paints behind the scenario.',
      cast: 'The people who speak: id → { name, role }.',
      meters:
        'Business gauges shown during play (not the leadership scores): id → { label, initial, min?, max? }.',
      principles: 'Customer-focus ideas the debrief refers to: id → { title, summary }.',
      start: 'The id of the first node.',
      nodes:
        'Every node of the scenario: id → node. Each node is a narrative, decision, event or ending.',
    },
  },
  narrative: {
    title: 'Narrative node',
    description: 'Text, then the player continues to "next".',
    properties: { ...nodeCommon('narrative'), next: NEXT },
  },
  decision: {
    title: 'Decision node',
    description: 'The player picks one of 2 to 6 choices.',
    properties: {
      ...nodeCommon('decision'),
      choices:
        'The choices offered: 2 to 6, each with a unique id. At least one must have no "when".',
      timeLimitSeconds: 'Optional time limit in seconds; requires "timeoutChoice".',
      timeoutChoice:
        'The id of the choice taken when the time runs out (required with "timeLimitSeconds").',
    },
  },
  event: {
    title: 'Event node',
    description:
      "A chance event: one outcome is drawn by weight with the run's seeded random generator.",
    properties: { ...nodeCommon('event'), outcomes: 'The possible outcomes, at least one.' },
  },
  ending: {
    title: 'Ending node',
    description: 'The run is over.',
    properties: {
      ...nodeCommon('ending'),
      outcome: 'How it ended: "positive", "mixed" or "negative".',
    },
  },
  choice: {
    title: 'Choice',
    description:
      'One option of a decision. When taken: its meters and set apply first, then "next" is resolved.',
    properties: {
      id: 'Unique within its node.',
      text: 'What the player clicks.',
      scores: 'Leadership scores: whole numbers from -3 to 3; a missing one counts as 0.',
      meters: METERS,
      set: SET,
      when: 'The choice is offered only when this condition holds.',
      feedback: 'Why this choice helps or hurts, shown in the debrief and in replay.',
      consequence:
        "Optional: what visibly happens next, in the story's own voice (at most 600 characters), shown after the choice and before the next step. Not coaching: that is feedback.",
      principle: 'An id from "principles" this choice illustrates.',
      next: NEXT,
    },
  },
  outcome: {
    title: 'Event outcome',
    description:
      'One possible result of an event; its meters and set apply before "next" is resolved.',
    properties: {
      weight: 'How likely this outcome is, relative to the others (a positive number).',
      text: 'What the player reads when this outcome is drawn.',
      meters: METERS,
      set: SET,
      next: NEXT,
    },
  },
  branchEntry: {
    title: 'Branch list entry',
    description: 'Taken when its "when" holds; the last entry of the list has no "when".',
    properties: { when: 'The condition for taking this entry.', next: 'The id of a node.' },
  },
  scores: {
    title: 'Scores',
    description: 'Whole numbers from -3 to 3; a missing dimension counts as 0.',
    properties: {
      customerFocus: 'Customer focus: -3 to 3.',
      adaptability: 'Adaptability: -3 to 3.',
      empowerment: 'Empowerment: -3 to 3.',
    },
  },
  meter: {
    title: 'Meter',
    description: 'A business gauge shown during play.',
    properties: {
      label: 'The name shown next to the gauge.',
      initial: 'The value at the start of a run.',
      min: 'Lowest value; changes are clamped to it.',
      max: 'Highest value; changes are clamped to it.',
    },
  },
  castMember: {
    title: 'Cast member',
    description: 'Someone who speaks in the scenario.',
    properties: {
      name: 'Their name.',
      role: 'Their job, e.g. "Frontline agent".',
      look: 'Optional: how their portrait is drawn (age, skin, hair, clothing, pose…). Anything left out is derived from the cast id.',
    },
  },
  look: {
    title: 'Look',
    description:
      "How a cast member's portrait is drawn. Every field is optional; what is left out is derived from the cast id.",
    properties: {
      age: 'Age band: "young", "adult", "middle-aged" or "older".',
      skin: 'Skin tone, from "very-light" to "dark".',
      hair: 'Hair style (or "bald", or "headscarf").',
      hairColour: 'Hair colour.',
      clothing:
        'What they wear: a blazer, crew neck, collar, v-neck, apron, scrubs, hoodie or uniform.',
      colour: 'The main colour of their clothes.',
      glasses: 'true when they wear glasses.',
      facialHair: '"none", "stubble", "beard" or "moustache".',
      pose: 'How they stand: "front", "three-quarter", "arms-crossed" or "hand-raised".',
    },
  },
  principle: {
    title: 'Principle',
    description: 'A customer-focus idea the debrief refers to.',
    properties: {
      title: 'Short name of the principle.',
      summary: 'What it means, in a sentence or two.',
    },
  },
  tracksFile: {
    title: 'Assessment tracks (scenarios/tracks.json)',
    description: 'Curated sequences of scenarios played one after another.',
    properties: {
      $schema: 'Where editors find this schema: "./tracks.schema.json".',
      formatVersion: 'The version of the tracks format: the number 1.',
      tracks: 'The tracks, at least one.',
    },
  },
  track: {
    title: 'Track',
    description: 'A sequence of 2 to 4 scenarios.',
    properties: {
      id: 'Unique id of the track: lowercase letters, digits and "-".',
      title: "The track's title.",
      summary: 'One or two sentences about the track.',
      estimatedMinutes: 'About how long the whole track takes, in minutes.',
      scenarios: 'The ids of 2 to 4 scenarios, in playing order.',
    },
  },
  condition: {
    title: 'Condition',
    description:
      'One of { "flag": "x" }, { "notFlag": "x" }, { "meter": "m", "gte": n }, { "meter": "m", "lte": n }, { "all": [conditions] }, { "any": [conditions] }.',
    properties: {},
  },
} satisfies Record<string, ObjectHelp>;
