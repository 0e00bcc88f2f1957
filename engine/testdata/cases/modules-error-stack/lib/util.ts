// Line numbers matter: the error below is thrown on line 5, column 9.
type Reason = string;

export function fail(reason: Reason): never {
  throw new Error(`failed: ${reason}`);
}
