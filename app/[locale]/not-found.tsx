import { NotFoundMessage } from "@/components/site/not-found-message";

export default function LocaleNotFound() {
  return <NotFoundMessage />;
}
