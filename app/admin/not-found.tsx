import { ConsoleMessagePage } from "@/components/admin/console-message-page";

export default function AdminNotFound() {
  return <ConsoleMessagePage messages="Admin.notFound" />;
}
