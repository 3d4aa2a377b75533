import { signOut } from '@/app/admin/sign-in/actions';
import { Button } from '@/components/ui/button';
import { merchantText } from '@/lib/merchant-text';

export function SignOutForm() {
  return (
    <form action={signOut}>
      <Button type="submit" variant="secondary" size="sm">
        {merchantText.admin.signOut}
      </Button>
    </form>
  );
}
