import { describe, expect, it } from 'vitest';
import {
  activeAfterMove,
  addPass,
  type Config,
  errorAt,
  forRender,
  getPath,
  insertPass,
  MAX_PASSES,
  movePass,
  normalize,
  placeError,
  removePass,
  renamePass,
  setPath,
} from './config';

function base(): Config {
  return normalize({
    schema_version: 'prompt-data-model-v2',
    name: 'Pass 1',
    pipeline: 'opencv',
    diffusion: { model: 'stylize', strength: 0.5, lora: { enabled: false, models: [] } },
    input: { source: 'file', path: null },
    output: { file_format: 'PNG' },
  });
}

describe('normalize', () => {
  it('turns a config without passes into one pass holding its top-level settings', () => {
    const cfg = base();
    expect(cfg.passes).toHaveLength(1);
    expect(cfg.passes[0].name).toBe('Pass 1');
    expect(cfg.passes[0].pipeline).toBe('opencv');
    expect(cfg.passes[0]).not.toHaveProperty('input');
    expect(cfg.passes[0]).not.toHaveProperty('output');
    expect(cfg.passes[0]).not.toHaveProperty('schema_version');
  });
  it("leaves the other app's render-wide fields at the top level", () => {
    const cfg = normalize({ pipeline: 'opencv', coverage: { mode: 'full' } });
    expect(cfg.passes[0]).not.toHaveProperty('coverage');
    expect(cfg.coverage).toEqual({ mode: 'full' });
  });
  it('keeps given passes', () => {
    const cfg = normalize({ pipeline: 'opencv', passes: [{ name: 'A' }, { name: 'B' }] });
    expect(cfg.passes.map((p) => p.name)).toEqual(['A', 'B']);
  });
});

describe('pass operations', () => {
  it('adds an independent copy of the current pass with the next free name', () => {
    const cfg = base();
    setPath(cfg.passes[0], 'diffusion.strength', 0.8);
    expect(addPass(cfg, 0)).toBe(1);
    expect(cfg.passes[1].name).toBe('Pass 2');
    expect(getPath(cfg.passes[1], 'diffusion.strength')).toBe(0.8);
    setPath(cfg.passes[1], 'diffusion.strength', 0.25);
    expect(getPath(cfg.passes[0], 'diffusion.strength')).toBe(0.8);
    renamePass(cfg, 0, 'Pass 3');
    addPass(cfg, 1);
    expect(cfg.passes.map((p) => p.name)).toEqual(['Pass 3', 'Pass 2', 'Pass 4']);
  });
  it(`stops at ${MAX_PASSES} passes`, () => {
    const cfg = base();
    for (let i = 1; i < MAX_PASSES; i++) expect(addPass(cfg, 0)).toBe(i);
    expect(addPass(cfg, 0)).toBeNull();
    expect(cfg.passes).toHaveLength(MAX_PASSES);
    expect(insertPass(cfg, 0, cfg.passes[0])).toBe(false);
  });
  it('removes a pass and puts it back on undo, never the last one', () => {
    const cfg = base();
    addPass(cfg, 0);
    renamePass(cfg, 1, 'Fine');
    const removed = removePass(cfg, 0);
    expect(removed?.name).toBe('Pass 1');
    expect(cfg.passes.map((p) => p.name)).toEqual(['Fine']);
    expect(removePass(cfg, 0)).toBeNull();
    insertPass(cfg, 0, removed!);
    expect(cfg.passes.map((p) => p.name)).toEqual(['Pass 1', 'Fine']);
  });
  it('refuses blank names and trims', () => {
    const cfg = base();
    expect(renamePass(cfg, 0, '   ')).toBe(false);
    expect(renamePass(cfg, 0, 'x'.repeat(101))).toBe(false);
    expect(renamePass(cfg, 0, '  Coarse ')).toBe(true);
    expect(cfg.passes[0].name).toBe('Coarse');
  });
  it('reorders and keeps the active pass selected', () => {
    const cfg = base();
    addPass(cfg, 0);
    addPass(cfg, 0);
    expect(movePass(cfg, 2, 0)).toBe(true);
    expect(cfg.passes.map((p) => p.name)).toEqual(['Pass 3', 'Pass 1', 'Pass 2']);
    expect(movePass(cfg, 0, 0)).toBe(false);
    expect(movePass(cfg, 0, 3)).toBe(false);
    expect(activeAfterMove(2, 2, 0)).toBe(0);
    expect(activeAfterMove(0, 2, 0)).toBe(1);
    expect(activeAfterMove(1, 0, 2)).toBe(0);
    expect(activeAfterMove(0, 1, 2)).toBe(0);
  });
});

describe('render config', () => {
  it('sends every pass with Multi-Pass on and only the active one with it off', () => {
    const cfg = base();
    addPass(cfg, 0);
    renamePass(cfg, 1, 'Fine');
    expect(forRender(cfg, true, 1).config.passes.map((p) => p.name)).toEqual(['Pass 1', 'Fine']);
    const off = forRender(cfg, false, 1);
    expect(off.config.passes.map((p) => p.name)).toEqual(['Fine']);
    expect(off.passMap).toEqual([1]);
    expect(cfg.passes).toHaveLength(2); // the others are kept
  });
  it('places server errors at their pass and field', () => {
    const e = placeError({ path: 'passes[1].diffusion.strength', message: '1.5 is greater than 1' });
    expect(e).toEqual({ pass: 1, field: 'diffusion.strength', message: '1.5 is greater than 1' });
    expect(placeError({ path: 'passes[0].hextile.template', message: 'm' }, [3]).pass).toBe(3);
    const top = placeError({ path: 'diffusion.lora.models[0].strength', message: 't' });
    expect(top).toEqual({ pass: null, field: 'diffusion.lora.models.0.strength', message: 't' });
    expect(errorAt([e], 1, 'diffusion.strength')).toBe('1.5 is greater than 1');
    expect(errorAt([e], 0, 'diffusion.strength')).toBeNull();
    expect(errorAt([top], 4, 'diffusion.lora.models.0.strength')).toBe('t');
  });
});
