/**
 * Group commit: calls that arrive while a batch is being written wait and go together in
 * the next one. Under load, batches grow by themselves and each database round trip
 * carries many requests; when idle, a call goes alone at once.
 */
/** Returned by a batch run in place of one item's output: that caller alone gets the error. */
export class BatchItemError {
  constructor(readonly cause: unknown) {}
}

export class GroupBatcher<In, Out> {
  private pending: { input: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly run: (inputs: In[]) => Promise<(Out | BatchItemError)[]>,
    private readonly options: { parallelism: number; maxBatch: number },
  ) {}

  submit(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.parallelism || this.pending.length === 0) return;
    this.scheduled = true;
    // setImmediate lets every request that is already parsed join this batch.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.inFlight >= this.options.parallelism || this.pending.length === 0) return;
    const batch = this.pending.splice(0, this.options.maxBatch);
    this.inFlight += 1;
    try {
      const outputs = await this.run(batch.map((item) => item.input));
      batch.forEach((item, i) => {
        const output = outputs[i];
        if (output instanceof BatchItemError) item.reject(output.cause);
        else item.resolve(output as Out);
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      this.inFlight -= 1;
      this.schedule();
    }
  }
}
