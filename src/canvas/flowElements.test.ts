import { describe, expect, it } from 'vitest';
import { indexBoxes } from '../domain/linkShape';
import type { Box } from '../domain/model';
import { buildNodes, linkDescriptions, type FlowNode, type NodeInputs } from './flowElements';

const box: Box = { id: 'b1', level: 'activities', label: 'Joint', x: 280, y: 120 };

function inputs(boxes: Box[], settled: Box[], editingBoxId: string | null = null): NodeInputs {
  return {
    model: { boxes },
    selected: new Set(),
    highlighted: new Set(),
    editingBoxId,
    dragPositions: new Map(),
    partnerDrags: new Map(),
    partnerMarks: new Map(),
    measured: new Map(),
    flagsByBox: new Map(),
    showProgress: false,
    settled: indexBoxes(settled),
    changes: new Map(),
    directions: new Map(),
  };
}

const boxNodeOf = (nodes: FlowNode[]) => nodes.find((node) => node.id === 'b1')!;
const cacheOf = (nodes: FlowNode[]) => new Map(nodes.map((node) => [node.id, node]));

describe('a label being typed', () => {
  it('in the side panel keeps the box’s node until the label settles, then draws it', () => {
    const first = buildNodes(inputs([box], [box]), new Map());
    const typed = { ...box, label: 'Joint training' };
    const whileTyping = buildNodes(inputs([typed], [box]), cacheOf(first));
    expect(boxNodeOf(whileTyping)).toBe(boxNodeOf(first));
    const settled = buildNodes(inputs([typed], [typed]), cacheOf(whileTyping));
    expect(boxNodeOf(settled).data).toMatchObject({ box: typed });
  });

  it('in the box’s own editor keeps the node while editing, and draws the label as the editing ends', () => {
    const editing = buildNodes(inputs([box], [box], 'b1'), new Map());
    const typed = { ...box, label: 'Joint training' };
    expect(boxNodeOf(buildNodes(inputs([typed], [typed], 'b1'), cacheOf(editing)))).toBe(boxNodeOf(editing));
    expect(boxNodeOf(buildNodes(inputs([typed], [box], null), cacheOf(editing))).data).toMatchObject({ box: typed, editing: false });
  });

  it('never holds back any other change: a move, or a new level, is drawn at once', () => {
    const first = buildNodes(inputs([box], [box]), new Map());
    const moved = { ...box, label: 'Joint training', y: 400 };
    expect(boxNodeOf(buildNodes(inputs([moved], [box]), cacheOf(first))).position.y).toBe(400);
  });
});

describe('what a box says of its links', () => {
  const links = [
    { id: 'l1', source: 'b1', target: 'b2' },
    { id: 'l2', source: 'b1', target: 'b3' },
    { id: 'l3', source: 'b0', target: 'b1' },
  ];

  it('counts the links out and in, and a box with none says so', () => {
    const words = linkDescriptions(links);
    expect(words.get('b1')).toBe('2 links out, 1 in');
    expect(words.get('b2')).toBe('0 links out, 1 in');
    expect(words.get('b0')).toBe('1 link out, 0 in');
    const alone = buildNodes(inputs([{ ...box, id: 'b9' }], [{ ...box, id: 'b9' }]), new Map()).find((node) => node.id === 'b9')!;
    expect(alone.domAttributes).toMatchObject({ 'aria-description': '0 links out, 0 in' });
  });

  it('is the box’s description, so its name stays “Level: label”; the node is rebuilt only when the words change', () => {
    const first = buildNodes({ ...inputs([box], [box]), linkWords: linkDescriptions(links) }, new Map());
    expect(boxNodeOf(first).ariaLabel).toBe('Activities: Joint');
    expect(boxNodeOf(first).domAttributes).toEqual({ 'aria-describedby': undefined, 'aria-description': '2 links out, 1 in' });
    const same = buildNodes({ ...inputs([box], [box]), linkWords: linkDescriptions([...links]) }, cacheOf(first));
    expect(boxNodeOf(same)).toBe(boxNodeOf(first));
    const fewer = buildNodes({ ...inputs([box], [box]), linkWords: linkDescriptions(links.slice(1)) }, cacheOf(first));
    expect(boxNodeOf(fewer).domAttributes).toMatchObject({ 'aria-description': '1 link out, 1 in' });
  });
});
