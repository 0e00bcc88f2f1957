export const loadedAt = "lazy";
export default (n: number) => n + 1;
