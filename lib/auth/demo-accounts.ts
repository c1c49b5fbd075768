/** Sign-in details of the embedded demo's accounts (never created on a real database), as the README gives them. */
export const demoAccounts = [
  { email: "admin@demo.local", password: "demo-admin-2026", name: "演示管理员 Demo admin", role: "ADMIN" },
  { email: "editor@demo.local", password: "demo-editor-2026", name: "演示编辑 Demo editor", role: "EDITOR" },
] as const;
