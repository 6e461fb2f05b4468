import { ConsoleMessagePage } from "@/components/admin/console-message-page";

export default function AdminForbidden() {
  return <ConsoleMessagePage messages="Admin.forbidden" />;
}
