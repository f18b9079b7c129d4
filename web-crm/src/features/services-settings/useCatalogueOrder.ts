import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  ReorderServiceCategoriesDocument,
  ReorderServicesDocument,
  type SettingsCategoryFieldsFragment,
} from '../../gql/graphql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { moved } from './service-form';

type Category = SettingsCategoryFieldsFragment;

/** What is being dragged: a category, or a service within its category. */
type Dragged = { kind: 'category'; id: string } | { kind: 'service'; categoryId: string; id: string };

/**
 * Reordering the catalogue, by the up/down buttons or by native drag and drop (a category's header drags
 * the category, a row drags a service within its category); each move is saved at once, then `onSaved`.
 */
export function useCatalogueOrder(
  categories: Category[],
  { onSaved, onProblem }: { onSaved: () => void; onProblem: (message: string | null) => void },
) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [reorderState, reorderServices] = useMutation(ReorderServicesDocument);
  const [categoryOrderState, reorderCategories] = useMutation(ReorderServiceCategoriesDocument);
  const busy = reorderState.fetching || categoryOrderState.fetching;
  const fallbacks = { network: t('errors.network'), unexpected: t('errors.unexpected') };

  const moveCategory = async (from: number, to: number) => {
    if (from === to || to < 0 || to >= categories.length) return;
    onProblem(null);
    const result = await reorderCategories({
      ids: moved(
        categories.map((c) => c.id),
        from,
        to,
      ),
    });
    if (result.error) return onProblem(errorMessage(result.error, fallbacks));
    onSaved();
  };

  const moveService = async (category: Category, from: number, to: number) => {
    if (from === to || to < 0 || to >= category.services.length) return;
    onProblem(null);
    const serviceIds = moved(
      category.services.map((s) => s.id),
      from,
      to,
    );
    const result = await reorderServices({ input: { categoryId: category.id, serviceIds } });
    if (result.error) return onProblem(errorMessage(result.error, fallbacks));
    onSaved();
  };

  const categoryDrag = (index: number) => ({
    draggable: !busy,
    onDragStart: (e: DragEvent) => {
      e.dataTransfer.effectAllowed = 'move';
      setDragged({ kind: 'category', id: categories[index].id });
    },
    onDragEnd: () => setDragged(null),
  });
  const categoryDrop = (index: number) => ({
    onDragOver: (e: DragEvent) => {
      if (dragged?.kind === 'category') e.preventDefault();
    },
    onDrop: (e: DragEvent) => {
      if (dragged?.kind !== 'category') return;
      e.preventDefault();
      const from = categories.findIndex((c) => c.id === dragged.id);
      setDragged(null);
      void moveCategory(from, index);
    },
  });
  const serviceDrag = (category: Category, index: number) => ({
    draggable: !busy,
    onDragStart: (e: DragEvent) => {
      e.stopPropagation();
      e.dataTransfer.effectAllowed = 'move';
      setDragged({ kind: 'service', categoryId: category.id, id: category.services[index].id });
    },
    onDragEnd: () => setDragged(null),
    onDragOver: (e: DragEvent) => {
      if (dragged?.kind === 'service' && dragged.categoryId === category.id) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
    onDrop: (e: DragEvent) => {
      if (dragged?.kind !== 'service' || dragged.categoryId !== category.id) return;
      e.preventDefault();
      e.stopPropagation();
      const from = category.services.findIndex((s) => s.id === dragged.id);
      setDragged(null);
      void moveService(category, from, index);
    },
  });

  return { busy, moveCategory, moveService, categoryDrag, categoryDrop, serviceDrag };
}
