// Built by vite.config.mjs from world-countries: ISO 3166-1 alpha-3 → numeric, the ids world-atlas uses.
declare module 'virtual:iso-numeric' {
  const codes: Readonly<Record<string, string>>;
  export default codes;
}
