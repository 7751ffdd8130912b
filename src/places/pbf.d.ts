// The part of pbf's API (npm `pbf` 3.x, untyped) that reading the city list uses.
declare module 'pbf' {
  export default class Pbf {
    constructor(buffer: Uint8Array);
    pos: number;
    readonly length: number;
    readMessage<T>(read: (tag: number, result: T, pbf: Pbf) => void, result: T): T;
    readSVarint(): number;
    readVarint(): number;
    readString(): string;
    skip(value: number): void;
  }
}
