import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { phoneHref } from '@serenaia/shared/format';
import type { SupplierFieldsFragment } from '../../gql/graphql';

/** Contact name, e-mail (mailto) and phone (tel) of a supplier, on one line each; nothing when unknown. */
export function SupplierContact({ supplier }: { supplier: SupplierFieldsFragment }) {
  return (
    <>
      {supplier.contactName && <Typography variant="body2">{supplier.contactName}</Typography>}
      {supplier.email && (
        <Typography variant="body2">
          <Link href={`mailto:${supplier.email}`}>{supplier.email}</Link>
        </Typography>
      )}
      {supplier.phone && (
        <Typography variant="body2">
          <Link href={phoneHref(supplier.phone)}>{supplier.phone}</Link>
        </Typography>
      )}
    </>
  );
}
