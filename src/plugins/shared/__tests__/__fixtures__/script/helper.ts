export const greeting = (name: string): string => `Hallo ${name}`;
