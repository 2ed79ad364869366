// transcript-review: the command-line front end over the same analysis as the extension.
import { runCli } from './run';

runCli(process.argv.slice(2), { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) })
  .then((code) => {
    process.exitCode = code;
  });
