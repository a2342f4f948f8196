import { benchCounty } from './county';

// Its own process (see run.ts): the memory line is the county's peak, not the other benches' heap.
await benchCounty();
