import { Lazy } from "cdktf";
import { skipStackTraces, STACK_TRACES_VARIABLE } from "../stacks/stack-traces";

describe("skipStackTraces", () => {
  // setup.ts skips them for every suite; put that back whatever happens here.
  afterAll(() => skipStackTraces({}));

  const creationStack = () => Lazy.anyValue({ produce: () => "value" }).creationStack;

  it("leaves cdktf's tokens without a creation stack", () => {
    skipStackTraces({});
    expect(creationStack()).toEqual([]);
  });

  it(`keeps them with ${STACK_TRACES_VARIABLE}=1, for debugging`, () => {
    skipStackTraces({ [STACK_TRACES_VARIABLE]: "1" });
    expect(creationStack().join("\n")).toContain("stack-traces.test.ts");
  });
});
