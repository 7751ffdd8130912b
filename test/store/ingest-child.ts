// A second process that ingests into a store while the test's own process re-codes it: prints "begin"
// before it writes and "stored" once its batch is committed. Args: ENGINE LOCATION ARTICLES.
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { extraction } from './make-extraction.js';

const [engine, location, articles] = process.argv.slice(2);
const store = engine === 'postgres' ? await openPostgresStore(location!) : await openSqliteStore(location!);
const batch = Array.from({ length: Number(articles) }, (_, k) => extraction({ id: `late-${k}` }, [{}]));
process.stdout.write('begin\n');
await store.ingest(batch);
process.stdout.write('stored\n');
await store.close();
