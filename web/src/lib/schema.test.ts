import { describe, expect, it } from 'vitest';
import type { Obj } from './config';
import { fieldSpec } from './schema';

const schema: Obj = {
  properties: {
    diffusion: { $ref: '#/$defs/DiffusionSettings' },
    hextile: { $ref: '#/$defs/HextileSettings' },
    controlnet: { $ref: '#/$defs/ControlNetSettings' },
  },
  $defs: {
    DiffusionSettings: {
      properties: { strength: { default: 0.5, maximum: 1, minimum: 0, type: 'number' } },
    },
    HextileSettings: {
      properties: {
        tile_input_width: {
          anyOf: [{ maximum: 2048, minimum: 256, multipleOf: 8, type: 'integer' }, { type: 'null' }],
          default: null,
        },
      },
    },
    ControlNetSettings: { properties: { units: { type: 'array', items: { $ref: '#/$defs/Unit' } } } },
    Unit: { properties: { type: { enum: ['canny', 'depth', 'tile'], default: 'canny', type: 'string' } } },
  },
};

describe('fieldSpec', () => {
  it('follows references and reads ranges and defaults', () => {
    expect(fieldSpec(schema, 'diffusion.strength')).toMatchObject({ min: 0, max: 1, default: 0.5, type: 'number' });
  });
  it('takes the non-null branch of optional fields', () => {
    expect(fieldSpec(schema, 'hextile.tile_input_width')).toMatchObject({ min: 256, max: 2048, step: 8, default: null });
  });
  it('goes into list items', () => {
    expect(fieldSpec(schema, 'controlnet.units.0.type').enum).toEqual(['canny', 'depth', 'tile']);
  });
  it('knows nothing without a schema or for unknown paths', () => {
    expect(fieldSpec(null, 'diffusion.strength')).toEqual({});
    expect(fieldSpec(schema, 'diffusion.nope')).toEqual({});
  });
});
