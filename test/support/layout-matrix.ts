/**
 * A generated corpus of layouts: one specification (our own words) written in every way the real corpus showed a
 * title, a code, a grade, a section heading, a competency list, a promotion clause and a distinction can be
 * written, combined so that each variant of one feature meets several variants of the others. Rules tuned to one
 * document fail here when they do not compose; the real corpus measures what generalizes, this holds it.
 */

export interface MatrixDocument {
  name: string;
  text: string;
  expected: {
    classes: { title: string; code?: string; payGrade?: string }[];
    promotions?: { from: string; to: string; months?: number; explicit?: boolean }[];
    distinctions?: { from: string; to: string }[];
    competencies?: Record<string, string[]>;
    furniture?: string[];
  };
}

const TITLE = 'Harbor Survey Technician';
const CODE = '4521';
const GRADE = '17';

/** How the title, its code and its grade are written. Each returns the block and what an analyst reads in it. */
const TITLE_BLOCKS: { name: string; block: string; code?: boolean; grade?: boolean }[] = [
  { name: 'title-then-labels', block: `${TITLE}\nClass Code: ${CODE}\nPay Grade: ${GRADE}`, code: true, grade: true },
  { name: 'code-in-parens', block: `${TITLE} (${CODE})\nPay Grade: ${GRADE}`, code: true, grade: true },
  { name: 'code-dash-title', block: `${CODE} - ${TITLE}\nSalary Grade: ${GRADE}`, code: true, grade: true },
  { name: 'title-labels', block: `Class Title: ${TITLE}\nClass Code: ${CODE}\nGrade: ${GRADE}`, code: true, grade: true },
  { name: 'tab-label-cells', block: `Job Title:\t${TITLE}\nJob Code:\t${CODE}\tPay Grade:\t${GRADE}`, code: true, grade: true },
  { name: 'markdown', block: `# ${TITLE}\n\n**Class Code:** ${CODE}\n\n**Pay Grade:** ${GRADE}`, code: true, grade: true },
  { name: 'title-dash-code', block: `${TITLE} - ${CODE}\nRange: ${GRADE}`, code: true, grade: true },
  { name: 'labels-one-line', block: `CLASS TITLE: ${TITLE.toUpperCase()}   CLASS CODE: ${CODE}   PAY GRADE: ${GRADE}`, code: true, grade: true },
  { name: 'job-code-range-dollars', block: `${TITLE}\nJob Code: ${CODE}\nSalary Range: ${GRADE} ($48,211 - $63,540 annually)`, code: true, grade: true },
  { name: 'title-class-code', block: `${TITLE} Class Code ${CODE}\nPay Grade: ${GRADE}`, code: true, grade: true },
  { name: 'spaced-cells', block: `Class Specification\n${TITLE}\nCode: ${CODE}      Grade: ${GRADE}`, code: true, grade: true },
  { name: 'capitals-title', block: `${TITLE.toUpperCase()}\nClass Code: ${CODE}\nPay Grade: ${GRADE}`, code: true, grade: true },
  { name: 'title-alone', block: TITLE },
  { name: 'title-with-grade-after', block: `${TITLE}, Grade ${GRADE}`, grade: true },
  { name: 'position-title', block: `Position Title: ${TITLE}\nPosition Code: ${CODE}\nPay Grade: ${GRADE}`, code: true, grade: true },
  { name: 'classification-label', block: `Classification: ${TITLE}\nClassification Code: ${CODE} | Salary Grade: ${GRADE} | FLSA: Non-Exempt`, code: true, grade: true },
  { name: 'job-description-over-title', block: `Job Description\n${TITLE}\nClass Number: ${CODE}\nPay Range: ${GRADE}`, code: true, grade: true },
  { name: 'pipe-row', block: `Class Code | Class Title | Pay Grade\n${CODE} | ${TITLE} | ${GRADE}`, code: true, grade: true },
  { name: 'job-class-labels', block: `Job Class: ${TITLE}\nJob Class Code: ${CODE}\nFLSA: Non-Exempt\nPay Grade: ${GRADE}`, code: true, grade: true },
  { name: 'parens-code-and-grade', block: `${TITLE} (Class Code ${CODE}, Grade ${GRADE})`, code: true, grade: true },
  { name: 'hash-code', block: `${TITLE} #${CODE}\nGrade: ${GRADE}`, code: true, grade: true },
  { name: 'html-heading', block: `<h1>${TITLE}</h1>\n<p>Class Code: ${CODE}</p>\n<p>Pay Grade: ${GRADE}</p>`, code: true, grade: true },
  { name: 'title-then-job-description', block: `${TITLE} Job Description\nJob Code: ${CODE}\nGrade: ${GRADE}`, code: true, grade: true },
  { name: 'code-label-first', block: `Class Code: ${CODE}\n${TITLE}\nPay Grade: ${GRADE}`, code: true, grade: true },
];

/** What comes before the title: nothing, an employer's letterhead, a site's navigation, a job board's header. */
const PREAMBLES: { name: string; text: string; furniture: string[] }[] = [
  { name: 'none', text: '', furniture: [] },
  { name: 'letterhead', text: 'Port of Westhaven\nHuman Resources Department\n\n', furniture: ['Human Resources Department'] },
  { name: 'navigation', text: 'Skip to main content\nHome | Careers | Contact Us\n\n', furniture: ['Skip to main content', 'Home | Careers | Contact Us'] },
  { name: 'job-board', text: 'Posted 3 days ago\nApply Now\nFull-Time\n\n', furniture: ['Posted 3 days ago', 'Apply Now'] },
];

/** Section headings: capitals, title case, with a colon, bold markdown, sentence case set apart. */
const HEADINGS: { name: string; head: (words: string) => string }[] = [
  { name: 'capitals', head: (w) => w.toUpperCase() },
  { name: 'title-case', head: (w) => w.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(Of|And|The)\b/g, (x) => x.toLowerCase()) },
  { name: 'colon', head: (w) => `${w.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(Of|And|The)\b/g, (x) => x.toLowerCase())}:` },
  { name: 'bold', head: (w) => `**${w.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(Of|And|The)\b/g, (x) => x.toLowerCase())}**` },
  { name: 'sentence-case', head: (w) => w.charAt(0).toUpperCase() + w.slice(1) },
  { name: 'markdown', head: (w) => `## ${w.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(Of|And|The)\b/g, (x) => x.toLowerCase())}` },
  { name: 'capitals-colon', head: (w) => `${w.toUpperCase()}:` },
];

const KNOWLEDGE = ['Tidal datums and chart corrections', 'Methods of hydrographic surveying'];
const ABILITIES = ['Operate echo sounders in rough water', 'Keep accurate field notes'];

/** The knowledge and abilities section's body. */
const COMPETENCY_LISTS: { name: string; body: string }[] = [
  { name: 'dashes', body: [...KNOWLEDGE.map((k) => `- Knowledge of ${lower(k)}.`), ...ABILITIES.map((a) => `- Ability to ${lower(a)}.`)].join('\n') },
  { name: 'bullets', body: [...KNOWLEDGE.map((k) => `• Knowledge of ${lower(k)}`), ...ABILITIES.map((a) => `• Ability to ${lower(a)}`)].join('\n') },
  { name: 'numbered', body: [...KNOWLEDGE.map((k) => `Knowledge of ${lower(k)}.`), ...ABILITIES.map((a) => `Ability to ${lower(a)}.`)].map((x, i) => `${i + 1}. ${x}`).join('\n') },
  { name: 'prose', body: `Knowledge of ${KNOWLEDGE.map(lower).join('; ')}. Ability to ${ABILITIES.map(lower).join('; ')}.` },
  { name: 'stars', body: [...KNOWLEDGE.map((k) => `* Knowledge of ${lower(k)};`), ...ABILITIES.map((a) => `* Ability to ${lower(a)};`)].join('\n') },
  { name: 'letter-o', body: [...KNOWLEDGE.map((k) => `o Knowledge of ${lower(k)}`), ...ABILITIES.map((a) => `o Ability to ${lower(a)}`)].join('\n') },
  { name: 'plain-lines', body: [...KNOWLEDGE.map((k) => `Knowledge of ${lower(k)}.`), ...ABILITIES.map((a) => `Ability to ${lower(a)}.`)].join('\n') },
  { name: 'lead-lines', body: `Knowledge of:\n${KNOWLEDGE.map((k) => `- ${k}`).join('\n')}\n\nAbility to:\n${ABILITIES.map((a) => `- ${a}`).join('\n')}` },
];

const FROM = 'Harbor Survey Aide';
/** The same promotion clause (24 months as a Harbor Survey Aide) in the wordings specifications use. */
const PROMOTIONS: { name: string; clause: string }[] = [
  { name: 'years-as', clause: `Two years of experience as a ${FROM} with the Port.` },
  { name: 'months-in-class', clause: `Twenty-four months of service in the class of ${FROM}.` },
  { name: 'digits-at-level', clause: `2 years of experience at the level of ${FROM}.` },
  { name: 'completion', clause: `Completion of two years as a ${FROM}.` },
  { name: 'equivalent-to', clause: `Two years of experience equivalent to that of a ${FROM}.` },
  { name: 'parenthesized-number', clause: `Two (2) years of experience as a ${FROM}.` },
  { name: 'apostrophe', clause: `Two years' experience as a ${FROM}.` },
  { name: 'at-least-months', clause: `At least 24 months as a ${FROM}.` },
  { name: 'performing-duties', clause: `Two years of experience performing the duties of a ${FROM}.` },
  { name: 'full-time-in-class', clause: `Two years of full-time experience in the class of ${FROM} or an equivalent class.` },
  { name: 'lower-level-with-code', clause: `Two years of experience at the lower-level ${FROM} (HS104) or an equivalent position.` },
];

const HIGHER = 'Senior Harbor Survey Technician';
const DISTINCTIONS: { name: string; sentence: string }[] = [
  { name: 'distinguished', sentence: `This class is distinguished from ${HIGHER} in that the latter leads survey crews.` },
  { name: 'differs', sentence: `The ${TITLE} differs from the ${HIGHER} class, which leads survey crews.` },
  { name: 'differs-in-that', sentence: `This class differs from ${HIGHER} in that incumbents do not lead crews.` },
  { name: 'next-higher', sentence: `This class is distinguished from the next higher class, ${HIGHER}, in that the latter leads survey crews.` },
  { name: 'distinguishes', sentence: `The ${TITLE} distinguishes from the ${HIGHER} class in that the latter leads survey crews.` },
];

function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Every title block with every heading style; the other features turn round under them, each meeting several. */
export function layoutMatrix(): MatrixDocument[] {
  const docs: MatrixDocument[] = [];
  let i = 0;
  for (const t of TITLE_BLOCKS) {
    for (const h of HEADINGS) {
      const pre = PREAMBLES[i % PREAMBLES.length];
      const list = COMPETENCY_LISTS[(i + Math.floor(i / PREAMBLES.length)) % COMPETENCY_LISTS.length];
      const promo = PROMOTIONS[(i * 2 + 1) % PROMOTIONS.length];
      const dist = DISTINCTIONS[(i + Math.floor(i / 5)) % DISTINCTIONS.length];
      i++;
      const section = (words: string, body: string) => `${h.head(words)}\n\n${body}\n`;
      const text = [
        `${pre.text}${t.block}\n`,
        section('definition', `Under general supervision, collects and checks depth and shoreline measurements for the charts of the port. ${dist.sentence}`),
        section('examples of duties', '- Runs survey lines from a launch.\n- Processes soundings and prepares plots.'),
        section('knowledge and abilities', list.body),
        section('minimum qualifications', `Graduation from high school and ${promo.clause.charAt(0).toLowerCase()}${promo.clause.slice(1)}`),
      ].join('\n');
      docs.push({
        name: `${t.name}+${h.name}+${pre.name}+${list.name}+${promo.name}+${dist.name}.txt`,
        text,
        expected: {
          classes: [{ title: TITLE, ...(t.code ? { code: CODE } : {}), ...(t.grade ? { payGrade: GRADE } : {}) }],
          promotions: [{ from: FROM, to: TITLE, months: 24, explicit: true }],
          distinctions: [{ from: TITLE, to: HIGHER }],
          competencies: { [TITLE]: [...KNOWLEDGE, ...ABILITIES] },
          furniture: pre.furniture,
        },
      });
    }
  }
  return docs;
}

/** The ways one document names two levels of a series in its title line. */
const SERIES_TITLES = [
  'Dock Attendant I/II', 'DOCK ATTENDANT I AND II', 'Dock Attendant I \u2013 II', 'Dock Attendant I & II', 'Dock Attendant I, II',
  'Dock Attendant (I/II)', 'Dock Attendant I or II', 'Dock Attendant I/Dock Attendant II', 'Dock Attendant I / II', 'Dock Attendant I-II',
  'DOCK ATTENDANT I/II', 'Dock Attendant I and Dock Attendant II', 'Dock Attendant I & Dock Attendant II', 'Dock Attendant I, Dock Attendant II',
];
/** How each level's paragraph is introduced under the distinguishing heading. */
const LEVEL_INTROS: ((title: string, n: number) => string)[] = [
  (t) => `${t}:`,
  (t) => t.toUpperCase(),
  (t) => t,
  (_t, n) => `Level ${'I'.repeat(n)}`,
];

/** A series specification with a combined title, in every title form and level introduction. */
export function seriesTitleMatrix(): MatrixDocument[] {
  const docs: MatrixDocument[] = [];
  SERIES_TITLES.forEach((title, t) =>
    LEVEL_INTROS.forEach((intro, k) => {
      const pre = PREAMBLES[(t + k) % PREAMBLES.length];
      const levels = ['Dock Attendant I', 'Dock Attendant II'];
      const body = levels.map((l, i) => `${intro(l, i + 1)}\nThis is the ${i ? 'journey' : 'entry'} level of the series; incumbents tie up boats and pump fuel.\n`).join('\n');
      docs.push({
        name: `series-${t}-${k}.txt`,
        text: `${pre.text}${title}\n\nDEFINITION\nUnder supervision, keeps a public dock safe and orderly.\n\nDISTINGUISHING CHARACTERISTICS\n${body}\nEXAMPLES OF DUTIES\n- Pumps fuel.\n- Collects slip fees.\n`,
        expected: { classes: levels.map((l) => ({ title: l })), furniture: pre.furniture },
      });
    }),
  );
  return docs;
}

/** A three-level series and where its per-level codes and grades are written. */
const LEVELS = [
  { title: 'Plant Mechanic I', code: '3101', grade: '14' },
  { title: 'Plant Mechanic II', code: '3102', grade: '16' },
  { title: 'Plant Mechanic III', code: '3103', grade: '18' },
];
const SERIES_HEADS = ['Plant Mechanic I/II/III', 'PLANT MECHANIC I, II, III', 'Plant Mechanic I - III', 'Plant Mechanic I, II and III'];
const LEVEL_FACTS: { name: string; top: string; under: (l: (typeof LEVELS)[number]) => string }[] = [
  { name: 'pipe-table', top: `Class Title | Class Code | Pay Grade\n${LEVELS.map((l) => `${l.title} | ${l.code} | ${l.grade}`).join('\n')}\n`, under: () => '' },
  { name: 'dash-line', top: `${LEVELS.map((l) => `${l.title} \u2013 Class Code ${l.code} \u2013 Pay Grade ${l.grade}`).join('\n')}\n`, under: () => '' },
  { name: 'labels-under-level', top: '', under: (l) => `Class Code: ${l.code}\nPay Grade: ${l.grade}\n` },
  { name: 'parens-code-grade-line', top: `${LEVELS.map((l) => `${l.title} (${l.code}) Grade ${l.grade}`).join('\n')}\n`, under: () => '' },
];

/** A series specification with its levels' codes and grades, in every combined title, fact placement and level introduction. */
export function seriesLevelsMatrix(): MatrixDocument[] {
  const docs: MatrixDocument[] = [];
  SERIES_HEADS.forEach((head, h) =>
    LEVEL_FACTS.forEach((facts) =>
      LEVEL_INTROS.forEach((intro, k) => {
        const body = LEVELS.map((l, i) => `${intro(l.title, i + 1)}\n${facts.under(l)}This is the ${['entry', 'journey', 'lead'][i]} level of the series; incumbents repair pumps, valves and motors.\n`).join('\n');
        docs.push({
          name: `levels-${h}-${facts.name}-${k}.txt`,
          text: `${head}\n\n${facts.top}\nDEFINITION\nKeeps the treatment plant's machinery running.\n\nDISTINGUISHING CHARACTERISTICS\n${body}\nEXAMPLES OF DUTIES\n- Rebuilds pumps.\n`,
          expected: { classes: LEVELS.map((l) => ({ title: l.title, code: l.code, payGrade: l.grade })) },
        });
      }),
    ),
  );
  return docs;
}

/** Rows of a plan table (our own titles), and the ways a table of classes reaches us. */
const PLAN_ROWS = [
  { title: 'Account Clerk I', code: '1101', grade: '8' },
  { title: 'Account Clerk II', code: '1102', grade: '10' },
  { title: 'Budget Analyst', code: '1210', grade: '17' },
  { title: 'Custodian', code: '2305', grade: '5' },
  { title: 'Equipment Mechanic', code: '2410', grade: '13' },
];
type PlanColumn = 'title' | 'code' | 'grade';
const PLAN_ORDERS: PlanColumn[][] = [['code', 'title', 'grade'], ['title', 'code', 'grade'], ['title', 'grade', 'code'], ['grade', 'title', 'code']];
const PLAN_HEADERS: Record<PlanColumn, string> = { title: 'Class Title', code: 'Class Code', grade: 'Pay Grade' };
const PLAN_SEPARATORS: { name: string; row: (cells: string[]) => string }[] = [
  { name: 'pipes', row: (c) => `| ${c.join(' | ')} |` },
  { name: 'tabs', row: (c) => c.join('\t') },
  { name: 'spaces', row: (c) => c.map((x, i) => (i < c.length - 1 ? x.padEnd(28) : x)).join('') },
  { name: 'single-spaces', row: (c) => c.join(' ') },
];

/** A plan table in every column order and separator, under a short introduction. */
export function planTableMatrix(): MatrixDocument[] {
  const docs: MatrixDocument[] = [];
  for (const order of PLAN_ORDERS) {
    for (const sep of PLAN_SEPARATORS) {
      const header = sep.row(order.map((c) => PLAN_HEADERS[c]));
      const rows = PLAN_ROWS.map((r) => sep.row(order.map((c) => r[c])));
      docs.push({
        name: `plan-${order.join('-')}-${sep.name}.txt`,
        text: `Town of Birch Hollow\nClassification and Pay Plan\n\nThe classes of the town's plan, with their codes and grades, are these.\n\n${header}\n${rows.join('\n')}\n`,
        expected: { classes: PLAN_ROWS.map((r) => ({ title: r.title, code: r.code, payGrade: r.grade })), furniture: ['Town of Birch Hollow'] },
      });
    }
  }
  return docs;
}

/** How a job board or an employer's site wraps a specification's title. */
const POSTING_HEADS: { name: string; head: string }[] = [
  { name: 'dash-employer', head: 'Water Quality Technician - City of Fernhill' },
  { name: 'at-employer', head: 'Water Quality Technician at City of Fernhill' },
  { name: 'pipe-site', head: 'Water Quality Technician | Careers | City of Fernhill' },
  { name: 'job-title-label', head: 'Job Title: Water Quality Technician' },
  { name: 'position-label', head: 'Position: Water Quality Technician' },
  { name: 'headline-then-details', head: 'Water Quality Technician\nCity of Fernhill\nFernhill, OR\nFull Time' },
  { name: 'posting-question', head: 'What are the responsibilities and job description for the Water Quality Technician position at City of Fernhill?' },
  { name: 'recruiting-sentence', head: 'City of Fernhill\n\nThe City of Fernhill is recruiting for a full-time Water Quality Technician position in its utilities division.' },
];
const POSTING_NOISE = ['Salary: $52,000 - $61,000 Annually', 'Closing Date: 3/14/2025', 'Job Type: Full-Time', 'Apply Now'];

/** One specification under every kind of posting head, with a posting's usual lines between. */
export function postingMatrix(): MatrixDocument[] {
  return POSTING_HEADS.map((p) => ({
    name: `posting-${p.name}.txt`,
    text: `${p.head}\n\n${POSTING_NOISE.join('\n')}\n\nDESCRIPTION\nSamples and tests drinking water and keeps the laboratory's records.\n\nMINIMUM QUALIFICATIONS\nTwo years of experience as a Laboratory Aide.\n`,
    expected: { classes: [{ title: 'Water Quality Technician' }], promotions: [{ from: 'Laboratory Aide', to: 'Water Quality Technician', months: 24, explicit: true }], furniture: ['Apply Now', 'Closing Date: 3/14/2025'] },
  }));
}
