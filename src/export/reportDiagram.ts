/**
 * The board report's diagram page (src/export/boardReport.ts): the model's picture at print
 * resolution on a landscape page, sized to fit with its key, with alt text in words.
 */
import { ImageRun, PageOrientation, TextRun, type ISectionOptions } from 'docx';
import { counted } from '../analysis/wording';
import { CHANGE_MARKS, type ChangeMark } from '../analysis/changeMarks';
import { LINK_SHAPES, type LinkShape } from '../domain/linkShape';
import type { ModelContent, Progress } from '../domain/model';
import { PROGRESS_WORDS } from '../domain/progress';
import { PROGRESS_VALUES } from '../domain/model';
import type { ModelOutline } from './outline';
import { CHANGE_STYLES, LINK_STYLES, PROGRESS_STYLES, UNRATED_STYLE } from './theme';
import { BoardReportOptions, ReportPage } from './boardReport';
import { PAPER, TWIPS_PER_INCH, allSides, clean, heading, paragraph } from './reportParts';

/** Word's "Narrow" margin, 1.27 cm, for the diagram page: the picture gets the room. */
export const DIAGRAM_MARGIN = 720;
/** Room kept under the picture on its page for the heading and every line of the key, in twips. */
export const HEADING_ROOM = 1000;
export const KEY_LINE_ROOM = 280;
/** docx takes a picture's size in pixels at 96 to the inch. */
export const DOCX_PIXELS_PER_INCH = 96;

/** How each link shape looks on the diagram, in words, for readers who cannot tell the lines apart. */
export const LINE_LOOKS: Readonly<Record<LinkShape, string>> = {
  linear: 'solid dark grey line, filled arrowhead',
  skip: 'blue dashed line, open arrowhead',
  feedback: 'brown dotted line, hollow arrowhead',
  'same-level': 'purple dash-dot line, diamond end',
};

/** The colour and shape of each rating on the picture, in words, for a reader who cannot see colour. */
export const RATING_LOOKS: Readonly<Record<Progress, string>> = {
  'off-track': 'red, a cross in an octagon',
  'at-risk': 'amber, "!" in a triangle',
  'on-track': 'green, a tick in a circle',
  achieved: 'blue, a star',
};

/** How each change mark looks on the picture, in words, for a reader who cannot see colour. */
export const CHANGE_LOOKS: Readonly<Record<ChangeMark, string>> = {
  new: 'green, a plus in a circle, with the word on the box or link',
  changed: 'brown, a dash in a diamond, with the word on the box or link',
  removed: 'grey, a cross in a square; the box or link drawn grey and dashed where it was',
};

export function keyLines(options: BoardReportOptions): string[] {
  return [
    ...LINK_SHAPES.map((shape) => `${LINK_STYLES[shape].label} link (${LINE_LOOKS[shape]}): ${LINK_STYLES[shape].description}.`),
    'A small bookmark at the top right of a box: the box stands for a feature of effective partnership.',
    ...(options.flagsShown ? ['A red circle with a number: how many flags concern the box or link.'] : []),
    ...(options.ratingsShown
      ? [
          ...PROGRESS_VALUES.map((value) => `${PROGRESS_WORDS[value]} (${RATING_LOOKS[value]}, with the word on the box): ${PROGRESS_STYLES[value].meaning}.`),
          `${UNRATED_STYLE.word} (white, grey dashed outline): ${UNRATED_STYLE.meaning}.`,
        ]
      : []),
    ...(options.changesShown ? CHANGE_MARKS.map((mark) => `${CHANGE_STYLES[mark].word} (${CHANGE_LOOKS[mark]}): ${CHANGE_STYLES[mark].meaning}.`) : []),
  ];
}

/** The picture's size on the page, in docx's 96-to-the-inch pixels: as large as fits above the key. */
export function diagramDisplaySize(page: ReportPage, keyLineCount: number, picture: { width: number; height: number }) {
  const paper = PAPER[page];
  const roomWidth = paper.height - 2 * DIAGRAM_MARGIN;
  const roomHeight = paper.width - 2 * DIAGRAM_MARGIN - HEADING_ROOM - (keyLineCount + 1) * KEY_LINE_ROOM;
  const scale = Math.min(roomWidth / picture.width, roomHeight / picture.height);
  const toPixels = (twips: number) => Math.floor((twips * DOCX_PIXELS_PER_INCH) / TWIPS_PER_INCH);
  return { width: toPixels(picture.width * scale), height: toPixels(picture.height * scale) };
}

export function diagramSection(model: ModelContent, outline: ModelOutline, options: BoardReportOptions): ISectionOptions {
  const key = keyLines(options);
  const { diagram } = options;
  const picture = new ImageRun({
    type: 'png',
    data: diagram.png,
    transformation: diagramDisplaySize(options.page, key.length, diagram),
    altText: {
      name: 'Diagram of the logic model',
      title: clean(`Logic model: ${outline.title}`),
      description: clean(
        `Diagram of the logic model “${outline.title}”: ${counted(model.boxes.length, 'box', 'boxes')} and ${counted(model.links.length, 'link')} ` +
          'in seven levels from inputs to final outcomes. The same model is written out as text in the appendix, “The model as text”, at the end of this report.',
      ),
    },
  });
  const [firstKeyLine, ...otherKeyLines] = key;
  return {
    properties: {
      page: { size: { ...PAPER[options.page], orientation: PageOrientation.LANDSCAPE }, margin: allSides(DIAGRAM_MARGIN) },
    },
    children: [
      heading('The diagram', 1),
      paragraph(picture),
      // One paragraph, a line each, so the key stays on the picture's page.
      paragraph(
        new TextRun({ text: 'Key: ', bold: true }),
        new TextRun({ text: firstKeyLine ?? '' }),
        ...otherKeyLines.map((line) => new TextRun({ text: line, break: 1 })),
      ),
    ],
  };
}
