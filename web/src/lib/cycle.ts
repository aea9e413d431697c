/**
 * Drag-to-cycle, as a pure state machine (no DOM): the tests drive it with numbers.
 *
 * Versions are indexed 0..count-1 (0 = Original, count-1 = Final). Pointer down shows version 0;
 * every `stepPx` the pointer moves up shows the next one, moving down goes back; release, pointer
 * cancel or Escape snaps back (index null = "what was shown before"). The keyboard does the same:
 * hold Space to start, ↑/↓ to step, release Space to snap back.
 */

export const STEP_PX = 40;
/** Fingers are less precise than a mouse: touch steps are longer. */
export const TOUCH_STEP_PX = 56;

export function stepFor(pointerType: string): number {
  return pointerType === 'touch' ? TOUCH_STEP_PX : STEP_PX;
}

/** The version shown when the pointer is at `y` after going down at `originY` (y grows downward). */
export function indexFor(originY: number, y: number, count: number, stepPx: number = STEP_PX): number {
  if (count <= 0) return 0;
  const steps = Math.floor((originY - y) / stepPx);
  return Math.min(count - 1, Math.max(0, steps));
}

type Source = { kind: 'pointer'; id: number; originY: number; step: number } | { kind: 'key' };

export class CycleController {
  /** The version on show while cycling, or null when not cycling. */
  index: number | null = null;
  private source: Source | null = null;

  constructor(
    private count: number,
    private readonly onChange: (index: number | null) => void,
  ) {}

  get active(): boolean {
    return this.source !== null;
  }

  /** A new version list (e.g. a pass finished); an index beyond it is clamped. */
  setCount(count: number): void {
    this.count = count;
    if (this.index !== null && this.index > count - 1) this.show(Math.max(0, count - 1));
    if (count < 2 && this.active) this.end();
  }

  /** Returns true when the gesture starts (the caller then captures the pointer). */
  pointerDown(id: number, y: number, pointerType: string = 'mouse', button: number = 0): boolean {
    if (this.count < 2 || this.source !== null || button !== 0) return false;
    this.source = { kind: 'pointer', id, originY: y, step: stepFor(pointerType) };
    this.show(0);
    return true;
  }

  pointerMove(id: number, y: number): void {
    const s = this.source;
    if (s?.kind !== 'pointer' || s.id !== id) return;
    this.show(indexFor(s.originY, y, this.count, s.step));
  }

  pointerUp(id: number): void {
    const s = this.source;
    if (s?.kind === 'pointer' && s.id === id) this.end();
  }

  pointerCancel(id: number): void {
    this.pointerUp(id);
  }

  /** Returns true when the key was used (the caller prevents its default action). */
  keyDown(key: string, repeat: boolean = false): boolean {
    if (key === 'Escape') {
      if (!this.active) return false;
      this.end();
      return true;
    }
    if (key === ' ') {
      if (this.source?.kind === 'key' || repeat) return this.active;
      if (this.count < 2 || this.source !== null) return false;
      this.source = { kind: 'key' };
      this.show(0);
      return true;
    }
    if (this.source?.kind !== 'key' || this.index === null) return false;
    if (key === 'ArrowUp') {
      this.show(Math.min(this.count - 1, this.index + 1));
      return true;
    }
    if (key === 'ArrowDown') {
      this.show(Math.max(0, this.index - 1));
      return true;
    }
    return false;
  }

  keyUp(key: string): boolean {
    if (key !== ' ' || this.source?.kind !== 'key') return false;
    this.end();
    return true;
  }

  /** Snap back (focus lost, element removed). */
  end(): void {
    if (this.source === null && this.index === null) return;
    this.source = null;
    this.index = null;
    this.onChange(null);
  }

  private show(index: number): void {
    if (index === this.index) return;
    this.index = index;
    this.onChange(index);
  }
}
