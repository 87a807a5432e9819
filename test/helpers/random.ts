/** Seeded floats in [0, 1) for generated test and bench data: the routing model's mulberry32. */
export { createRandom as seededRandom } from '../../core/routing/prng';
