import { describe, expect, it } from 'vitest';
import { orderByKey } from './numericOrder';

const ordered = (keys: number[], begin = 0, end = keys.length, options = {}) => {
  const key = Float64Array.from(keys);
  const order = new Uint32Array(keys.length);
  orderByKey(key, begin, end, order, options);
  return { order: [...order.subarray(begin, end)], key: [...key] };
};

describe('orderByKey', () => {
  it('orders indices by their keys, negative and fractional, ties by index', () => {
    expect(ordered([3.5, -2.25, 0, 3.5, -100.75, 7]).order).toEqual([4, 1, 2, 0, 3, 5]);
  });

  it('orders only the range asked, with indices of the whole array', () => {
    expect(ordered([9, 5, 1, 3, 0], 1, 4).order).toEqual([2, 3, 1]);
  });

  it('falls back to exact order for keys too far out to pack, and for NaN-free huge ones', () => {
    expect(ordered([1e12, -1e12, 5e11, 0]).order).toEqual([1, 3, 2, 0]);
  });

  it('with roundKeys, leaves keys rounded down to the grain so that they never go down in order', () => {
    const { order, key } = ordered([0.0004, 0.0001, 2.5], 0, 3, { roundKeys: true });
    expect(key).toEqual([0, 0, 2.5]);
    const read = order.map((index) => key[index]!);
    expect(read).toEqual([...read].sort((a, b) => a - b));
  });

  it('with a grain of 1, orders whole-number keys exactly', () => {
    expect(ordered([40, 41, 39, 41], 0, 4, { grain: 1 }).order).toEqual([2, 0, 1, 3]);
  });

  it('orders a few keys (an insertion sort) as it orders many, ties by index', () => {
    const few = [3, 1, 2, 1];
    const many = [...few, ...Array.from({ length: 40 }, (_, i) => 100 + i)];
    expect(ordered(few).order).toEqual([1, 3, 2, 0]);
    expect(ordered(many).order.slice(0, 4)).toEqual([1, 3, 2, 0]);
  });
});
