import { ConsoleFailureMessage } from "@/components/admin/console-failure-message";
import { ConsoleHeader } from "@/components/admin/console-header";
import { explainFailures } from "@/components/site/failure-pages";
import { requireStaff } from "@/lib/auth/guard";

/** Every console page: signed-in staff only (each page checks again, with its own role). */
async function ConsoleLayout({ children }: LayoutProps<"/admin">) {
  const staff = await requireStaff();
  return (
    <>
      <ConsoleHeader staff={staff} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}

export default explainFailures(ConsoleLayout, (kind) => <ConsoleFailureMessage kind={kind} />);
