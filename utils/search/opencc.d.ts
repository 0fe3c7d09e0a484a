declare module 'opencc-js/dict/TSCharacters' {
  /** OpenCC's traditional → simplified character table: "繁 简|繁 简|…". */
  const table: string;
  export default table;
}
