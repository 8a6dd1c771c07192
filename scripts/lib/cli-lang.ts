/**
 * The language a command-line tool speaks: `--lang`, else MADING_LANG, else the
 * site's language. Exits with the config's own explanation when site.config.ts is wrong.
 */
export async function resolveCliLang(flag: string | undefined): Promise<string> {
  const chosen = flag ?? process.env.MADING_LANG;
  try {
    const { default: site } = await import('../../site.config.ts');
    return chosen ?? site.lang;
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
