import { describe, expect, it } from 'vitest';
import { CycleController, indexFor, STEP_PX, stepFor, TOUCH_STEP_PX } from './cycle';

function make(count: number) {
  const seen: (number | null)[] = [];
  const c = new CycleController(count, (i) => seen.push(i));
  return { c, seen };
}

describe('indexFor', () => {
  it('moves one version per step upward and clamps at both ends', () => {
    expect(indexFor(500, 500, 4)).toBe(0);
    expect(indexFor(500, 500 - STEP_PX + 1, 4)).toBe(0);
    expect(indexFor(500, 500 - STEP_PX, 4)).toBe(1);
    expect(indexFor(500, 500 - 2 * STEP_PX, 4)).toBe(2);
    expect(indexFor(500, 500 - 30 * STEP_PX, 4)).toBe(3);
    expect(indexFor(500, 900, 4)).toBe(0);
  });
  it('uses longer steps for touch', () => {
    expect(stepFor('touch')).toBe(TOUCH_STEP_PX);
    expect(stepFor('mouse')).toBe(STEP_PX);
    expect(stepFor('pen')).toBe(STEP_PX);
    expect(indexFor(500, 500 - STEP_PX, 4, TOUCH_STEP_PX)).toBe(0);
    expect(indexFor(500, 500 - TOUCH_STEP_PX, 4, TOUCH_STEP_PX)).toBe(1);
  });
});

describe('pointer gesture', () => {
  it('shows Original on press, later versions going up, earlier going down, and snaps back on release', () => {
    const { c, seen } = make(4); // Original, Pass 1, Pass 2, Final
    expect(c.pointerDown(7, 300)).toBe(true);
    c.pointerMove(7, 300 - STEP_PX);
    c.pointerMove(7, 300 - 2 * STEP_PX - 5);
    c.pointerMove(7, 300 - 3 * STEP_PX);
    c.pointerMove(7, 300 - 10 * STEP_PX); // past the end: stays on Final (no new event)
    c.pointerMove(7, 300 - STEP_PX); // back down
    c.pointerUp(7);
    expect(seen).toEqual([0, 1, 2, 3, 1, null]);
    expect(c.active).toBe(false);
  });
  it('ignores other pointers, secondary buttons and moves while idle', () => {
    const { c, seen } = make(3);
    c.pointerMove(1, 0);
    expect(c.pointerDown(1, 100, 'mouse', 2)).toBe(false);
    expect(c.pointerDown(1, 100)).toBe(true);
    expect(c.pointerDown(2, 100)).toBe(false);
    c.pointerMove(2, 0);
    c.pointerUp(2);
    expect(c.active).toBe(true);
    c.pointerCancel(1);
    expect(seen).toEqual([0, null]);
  });
  it('Escape snaps back mid-drag', () => {
    const { c, seen } = make(3);
    c.pointerDown(1, 100);
    c.pointerMove(1, 100 - STEP_PX);
    expect(c.keyDown('Escape')).toBe(true);
    c.pointerMove(1, 0);
    expect(seen).toEqual([0, 1, null]);
    expect(c.keyDown('Escape')).toBe(false);
  });
  it('needs two versions to compare (a single-pass render toggles input/output)', () => {
    expect(make(1).c.pointerDown(1, 0)).toBe(false);
    const { c, seen } = make(2);
    c.pointerDown(1, 100);
    c.pointerMove(1, 100 - 5 * STEP_PX);
    c.pointerUp(1);
    expect(seen).toEqual([0, 1, null]);
  });
  it('clamps when the version list shrinks', () => {
    const { c, seen } = make(4);
    c.pointerDown(1, 200);
    c.pointerMove(1, 200 - 3 * STEP_PX);
    c.setCount(3);
    expect(seen).toEqual([0, 3, 2]);
  });
});

describe('keyboard gesture', () => {
  it('holds Space to cycle with arrows and releases to snap back', () => {
    const { c, seen } = make(3);
    expect(c.keyDown('ArrowUp')).toBe(false); // arrows alone do nothing
    expect(c.keyDown(' ')).toBe(true);
    expect(c.keyDown(' ', true)).toBe(true); // auto-repeat is swallowed, not restarted
    expect(c.keyDown('ArrowUp')).toBe(true);
    c.keyDown('ArrowUp');
    c.keyDown('ArrowUp');
    c.keyDown('ArrowDown');
    expect(c.keyUp(' ')).toBe(true);
    expect(seen).toEqual([0, 1, 2, 1, null]);
    expect(c.keyUp(' ')).toBe(false);
  });
  it('does not let the keyboard hijack a pointer gesture', () => {
    const { c, seen } = make(3);
    c.pointerDown(1, 100);
    expect(c.keyDown(' ')).toBe(false);
    expect(c.keyDown('ArrowUp')).toBe(false);
    expect(seen).toEqual([0]);
  });
});
