// GET lists cases (the case list's filters as query parameters); POST creates one.
// Each handler lives in its own file so the list and the write paths stay separate.
export { GET } from "./list-handler";
export { POST } from "./create-handler";
