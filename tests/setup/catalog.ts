// Describes a database's schema as sorted lines, to compare two databases structurally.
import pg from "pg";

export type CatalogLine = { name: string; line: string };

export async function describeCatalog(url: string): Promise<CatalogLine[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lines: CatalogLine[] = [];
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    for (const row of columns.rows) {
      lines.push({
        name: `${row.table_name}.${row.column_name}`,
        line: `column ${row.table_name}.${row.column_name} ${row.data_type}/${row.udt_name} null=${row.is_nullable} default=${row.column_default}`,
      });
    }
    const constraints = await client.query(
      `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_prisma_migrations"'
          AND conrelid::regclass::text <> '_prisma_migrations'`,
    );
    for (const row of constraints.rows) {
      lines.push({ name: row.conname, line: `constraint ${row.table_name}.${row.conname} ${row.definition}` });
    }
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    for (const row of indexes.rows) {
      lines.push({ name: row.indexname, line: `index ${row.indexdef}` });
    }
    const enums = await client.query(
      `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = 'public'::regnamespace
        GROUP BY t.typname`,
    );
    for (const row of enums.rows) lines.push({ name: row.typname, line: `enum ${row.typname} ${row.labels}` });
    return lines.sort((a, b) => a.line.localeCompare(b.line));
  } finally {
    await client.end();
  }
}

export async function executeSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
