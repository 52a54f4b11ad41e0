import { Skeleton } from "@/components/ui/card";

export default function Loading() {
  return <Skeleton rows={6} />;
}
