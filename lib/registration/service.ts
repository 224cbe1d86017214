// The writes of team registration (decision 0031).
export * from "./service-link";
export * from "./service-register";
export * from "./service-participants";
