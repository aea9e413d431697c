/** The DOM side of drag-to-cycle: a Svelte action wiring pointer and keyboard to CycleController. */
import type { Action } from 'svelte/action';
import { CycleController } from './cycle';
import { app } from './state.svelte';
import type { Version } from './versions';

export interface CycleParams {
  versions: Version[];
  /** Called with the version to show, or null to snap back. */
  onshow: (version: Version | null) => void;
}

export const dragCycle: Action<HTMLElement, CycleParams> = (node, initial) => {
  let params = initial;
  let anchor = { x: 0, y: 0 };
  const controller = new CycleController(params.versions.length, (index) => {
    const v = index === null ? null : (params.versions[index] ?? null);
    app.badge = v ? { text: v.label, x: anchor.x, y: anchor.y } : null;
    node.dataset.cycling = v ? 'true' : 'false';
    params.onshow(v);
  });

  function place(x: number, y: number): void {
    anchor = { x, y };
    if (app.badge) app.badge = { ...app.badge, x, y };
  }

  function down(e: PointerEvent): void {
    const r = node.getBoundingClientRect();
    anchor = { x: r.left + r.width / 2, y: e.clientY };
    if (controller.pointerDown(e.pointerId, e.clientY, e.pointerType, e.button)) {
      e.preventDefault();
      node.setPointerCapture?.(e.pointerId);
      node.focus({ preventScroll: true });
    }
  }
  function move(e: PointerEvent): void {
    if (!controller.active) return;
    place(anchor.x, e.clientY);
    controller.pointerMove(e.pointerId, e.clientY);
  }
  function up(e: PointerEvent): void {
    controller.pointerUp(e.pointerId);
  }
  function cancel(e: PointerEvent): void {
    controller.pointerCancel(e.pointerId);
  }
  function keydown(e: KeyboardEvent): void {
    if (e.key === ' ' && !controller.active) {
      const r = node.getBoundingClientRect();
      anchor = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    if (controller.keyDown(e.key, e.repeat)) {
      e.preventDefault();
      e.stopPropagation();
    }
  }
  function keyup(e: KeyboardEvent): void {
    if (controller.keyUp(e.key)) e.preventDefault();
  }
  function blur(): void {
    controller.end();
  }

  node.addEventListener('pointerdown', down);
  node.addEventListener('pointermove', move);
  node.addEventListener('pointerup', up);
  node.addEventListener('pointercancel', cancel);
  node.addEventListener('lostpointercapture', cancel);
  node.addEventListener('keydown', keydown);
  node.addEventListener('keyup', keyup);
  node.addEventListener('blur', blur);
  node.dataset.versions = String(params.versions.length);

  return {
    update(next: CycleParams) {
      params = next;
      node.dataset.versions = String(next.versions.length);
      controller.setCount(next.versions.length);
    },
    destroy() {
      controller.end();
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', cancel);
      node.removeEventListener('lostpointercapture', cancel);
      node.removeEventListener('keydown', keydown);
      node.removeEventListener('keyup', keyup);
      node.removeEventListener('blur', blur);
    },
  };
};
