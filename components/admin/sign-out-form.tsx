import { signOut } from '@/app/admin/sign-in/actions';
import { Button } from '@/components/ui/button';
import { messages } from '@/lib/messages';

export function SignOutForm() {
  return (
    <form action={signOut}>
      <Button type="submit" variant="secondary" size="sm">
        {messages.admin.signOut}
      </Button>
    </form>
  );
}
