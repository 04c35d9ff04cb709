import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The unit project alone, for `npm run mutation`: Stryker runs the tests on every mutant, and the
 * browser tests (the e2e project) test the bundled `main.js`, which a mutant of `src/` never reaches.
 */
const projects = (base.test?.projects ?? []).filter((project) => typeof project === "object" && "test" in project && project.test?.name === "unit");

export default defineConfig({ ...base, test: { ...base.test, reporters: ["dot"], projects } });
