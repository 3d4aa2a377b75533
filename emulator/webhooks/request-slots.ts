/** At most `size` requests in flight at once; the others wait their turn, first come first served. */
export class RequestSlots {
  #inFlight = 0;
  #waiters: Array<() => void> = [];

  constructor(private readonly size: number) {}

  acquire(): Promise<void> {
    if (this.#inFlight < this.size) {
      this.#inFlight += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  release(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#inFlight -= 1;
  }
}
