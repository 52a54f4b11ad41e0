import type { Metadata } from "next";
import { ParameterCompanySelect } from "@/components/admin/parameter-company-select";
import { SettingForm, type SettingFormOptions } from "@/components/admin/setting-form";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listAdditionalFields } from "@/lib/additional-fields/list-additional-fields";
import { formatDateTime } from "@/lib/br/format";
import { getAdminPageContext } from "@/lib/core/request-context";
import { listPhoneTypes } from "@/lib/phone-types/list-phone-types";
import { listSettings, type SettingView } from "@/lib/settings/list-settings";

export const metadata: Metadata = { title: "Parâmetros" };

function SettingCards({ views, companyId, options }: { views: SettingView[]; companyId?: number; options: SettingFormOptions }) {
  if (views.length === 0) return <EmptyState title="Nenhum parâmetro registrado neste escopo" />;
  return (
    <div className="space-y-4">
      {views.map((view) => (
        <SettingForm
          key={`${view.code}:${companyId ?? "org"}`}
          setting={{
            code: view.code, module: view.module, title: view.title, description: view.description, fields: view.fields,
            value: view.value, configured: view.configured, updatedLabel: view.updatedAt ? formatDateTime(view.updatedAt) : null,
          }}
          companyId={companyId}
          options={options}
        />
      ))}
    </div>
  );
}

export default async function ParametersPage({ searchParams }: { searchParams: Promise<{ empresa?: string }> }) {
  const ctx = await getAdminPageContext();
  const requested = Number((await searchParams).empresa);
  const companyId = ctx.companies.some((c) => c.id === requested) ? requested : ctx.companyId;
  const [views, phoneTypes, additionalFields] = await Promise.all([
    listSettings({ ctx, input: { companyId } }), listPhoneTypes({ ctx }), listAdditionalFields({ ctx }),
  ]);
  const sorted = [...views].sort((a, b) => a.module.localeCompare(b.module, "pt-BR") || a.code.localeCompare(b.code));
  const options: SettingFormOptions = {
    phoneTypes: phoneTypes.map((t) => ({ code: t.code, label: t.description })),
    additionalFields: additionalFields.map((f) => ({ code: f.code, label: f.label })),
  };
  return (
    <>
      <PageHeader
        code="GERFM001"
        title="Parâmetros"
        description="Configurações do Recado. Os corporativos valem para todas as empresas; os empresariais, para cada empresa."
      />
      <section aria-labelledby="parametros-corporativos" className="mb-10">
        <div className="mb-3">
          <h2 id="parametros-corporativos" className="text-lg font-semibold text-slate-900">Parâmetros corporativos</h2>
          <p className="text-sm text-slate-600">Valem para todas as empresas do grupo.</p>
        </div>
        <SettingCards views={sorted.filter((v) => v.scope === "organization")} options={options} />
      </section>
      <section aria-labelledby="parametros-empresariais">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="parametros-empresariais" className="text-lg font-semibold text-slate-900">Parâmetros empresariais</h2>
            <p className="text-sm text-slate-600">Valem apenas para a empresa escolhida.</p>
          </div>
          <ParameterCompanySelect companies={ctx.companies} companyId={companyId} />
        </div>
        <SettingCards views={sorted.filter((v) => v.scope === "company")} companyId={companyId} options={options} />
      </section>
    </>
  );
}
