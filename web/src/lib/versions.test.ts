import { describe, expect, it } from 'vitest';
import type { PassRecord, RenderInfo } from './api';
import { isRotated, panoramaVersions, passLabel, tileVersions } from './versions';

function pass(index: number, name: string, template = 'Hextile_20_2K', rendertiles: unknown = 'all'): PassRecord {
  return {
    index,
    name,
    status: 'completed',
    settings: { hextile: { template, rendertiles } } as never,
    template: { name: template, tiles: 20, panorama_width: 2048, panorama_height: 1024 },
    tiles_done: 20,
    tiles_total: 20,
    outputs: { panorama: `pass_${index}/panorama.png` },
  };
}

function render(passes: PassRecord[], status = 'completed', output: object = {}): RenderInfo {
  return {
    id: 'r1',
    status,
    input_id: 'i1',
    manifest: { status, passes },
    config: { passes: [], output } as never,
  };
}

const cell = { number: 3, yaw: 10, pitch: -5, fov: 70, polygon: [] };

describe('panoramaVersions', () => {
  it('badges the last pass Final when it is the final image (N + 1 steps)', () => {
    const v = panoramaVersions(render([pass(0, 'Coarse'), pass(1, 'Fine')]), 2048);
    expect(v.map((x) => x.label)).toEqual(['Original', 'Pass 1 — Coarse', 'Final']);
    expect(v.map((x) => x.url)).toEqual([
      '/api/renders/r1/images/input?w=2048',
      '/api/renders/r1/images/pass/0?w=2048',
      '/api/renders/r1/images/pass/1?w=2048',
    ]);
  });
  it('makes Final a step of its own when the output is resized', () => {
    const v = panoramaVersions(render([pass(0, 'Pass 1')], 'completed', { width: 4096 }));
    expect(v.map((x) => x.label)).toEqual(['Original', 'Pass 1', 'Final']);
    expect(v[2].url).toBe('/api/renders/r1/images/final');
  });
  it('single pass: toggles input and output', () => {
    expect(panoramaVersions(render([pass(0, 'Pass 1')])).map((x) => x.label)).toEqual(['Original', 'Final']);
  });
  it('while running: only finished passes, no Final', () => {
    const running = { ...pass(1, 'Fine'), status: 'running', outputs: { panorama: null } };
    const v = panoramaVersions(render([pass(0, 'Coarse'), running], 'running'));
    expect(v.map((x) => x.label)).toEqual(['Original', 'Pass 1 — Coarse']);
  });
  it('names default passes once', () => {
    expect(passLabel(1, 'Pass 2')).toBe('Pass 2');
    expect(passLabel(1, 'Fine')).toBe('Pass 2 — Fine');
  });
});

describe('tileVersions', () => {
  it('uses the tiles themselves when every pass shares the template; the original from the input', () => {
    const v = tileVersions(render([pass(0, 'A'), pass(1, 'B')]), 1, 3, cell);
    expect(v.map((x) => x.url)).toEqual([
      // not pass_0/tiles (kind=in): a sequential pass cuts those after its earlier tiles merged
      '/api/renders/r1/view?source=input&yaw=10&pitch=-5&fov=70&size=512',
      '/api/renders/r1/passes/0/tiles/3?kind=out',
      '/api/renders/r1/passes/1/tiles/3?kind=out',
    ]);
    expect(v[2].label).toBe('Final');
  });
  it('cuts views of the same patch when templates differ', () => {
    const v = tileVersions(render([pass(0, 'A'), pass(1, 'B', 'Hextile_32_3K')]), 1, 3, cell, 256);
    expect(v.map((x) => x.url)).toEqual([
      '/api/renders/r1/view?source=input&yaw=10&pitch=-5&fov=70&size=256',
      '/api/renders/r1/view?source=pass-0&yaw=10&pitch=-5&fov=70&size=256',
      '/api/renders/r1/view?source=pass-1&yaw=10&pitch=-5&fov=70&size=256',
    ]);
  });
  it('shows nothing while the cell of a differing template is unknown (never a wrong patch)', () => {
    expect(tileVersions(render([pass(0, 'A', 'Hextile_32_3K'), pass(1, 'B')]), 1, 13, null)).toEqual([]);
    expect(tileVersions(render([pass(0, 'A'), pass(1, 'B')]), 1, 13, null)).toEqual([]);
  });
  it("cuts a rotated pass's tile by its own cell, and the tile files when every pass turned alike", () => {
    const turned = (i: number, name: string) => {
      const p = pass(i, name);
      p.template = { ...p.template!, rotation: { yaw: 12, pitch: 0, roll: 0 } };
      return p;
    };
    // Same template, same rotation: the tile files themselves.
    const same = tileVersions(render([turned(0, 'A'), turned(1, 'B')]), 1, 3, cell);
    expect(same.map((x) => x.url)).toEqual([
      '/api/renders/r1/view?source=input&yaw=10&pitch=-5&fov=70&size=512',
      '/api/renders/r1/passes/0/tiles/3?kind=out',
      '/api/renders/r1/passes/1/tiles/3?kind=out',
    ]);
    // Rotated only in pass 2: its tile 3 is another patch, cut from every version at its own cell.
    const cut = tileVersions(render([pass(0, 'A'), turned(1, 'B')]), 1, 3, cell);
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((x) => x.url.includes('/view?'))).toBe(true);
    // Its cell not known yet: nothing rather than a wrong patch.
    expect(tileVersions(render([pass(0, 'A'), turned(1, 'B')]), 1, 3, null)).toEqual([]);
    expect(isRotated(turned(0, 'A'))).toBe(true);
    expect(isRotated(pass(0, 'A'))).toBe(false);
  });
  it('cuts views when a pass did not render the tile', () => {
    const v = tileVersions(render([pass(0, 'A', 'Hextile_20_2K', [1, 2]), pass(1, 'B')]), 1, 3, cell);
    expect(v[1].url).toContain('/view?source=pass-0');
  });
});
