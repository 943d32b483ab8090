// nspell ships no types; the benchmark uses only its constructor and correct().
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
  }
  export default function nspell(dictionary: { aff: Uint8Array | string; dic?: Uint8Array | string }): NSpell
}
