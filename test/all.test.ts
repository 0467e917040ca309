// The single entry of the unit tests: `node --import tsx --test test/all.test.ts`.
import './ingest/readInputs.test.ts';
import './clean/decode.test.ts';
import './clean/metadata.test.ts';
import './clean/classifyLines.test.ts';
import './clean/extractHtml.test.ts';
import './store/sqlite.test.ts';
import './reuse/reuse.test.ts';
import './extract/entities.test.ts';
import './extract/time.test.ts';
import './extract/quotes.test.ts';
import './cli/cli.test.ts';
import './cli/sideBySide.test.ts';
import './compare/compare.test.ts';
import './cluster/cluster.test.ts';
import './report/contract.test.ts';
import './report/report.test.ts';
import './serve/api.test.ts';
