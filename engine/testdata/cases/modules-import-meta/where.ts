export const where = import.meta.main;
